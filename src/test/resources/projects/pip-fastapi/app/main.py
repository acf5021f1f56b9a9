"""Orders API. Run locally with: uvicorn app.main:app --reload"""
from fastapi import FastAPI

app = FastAPI(title="orders")


@app.get("/healthz")
def healthz():
    return {"status": "ok"}


@app.get("/orders/{order_id}")
def order(order_id: int):
    return {"id": order_id}
