from quart import Quart

app = Quart(__name__)


@app.route("/healthz")
async def healthz():
    return {"ok": True}
