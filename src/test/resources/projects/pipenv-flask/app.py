from flask import Flask

application = Flask(__name__)


@application.get("/status")
def status():
    return {"up": True}
