from fastapi import FastAPI
app = FastAPI()  # a test app: must not be picked
