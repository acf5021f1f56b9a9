from flask import Flask
server = Flask('tasks')
