import fastapi

api = fastapi.FastAPI()


@api.get("/health")
async def health():
    return "ok"
