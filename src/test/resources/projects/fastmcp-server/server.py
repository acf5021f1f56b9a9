from fastmcp import FastMCP
from starlette.responses import PlainTextResponse

mcp = FastMCP("notes")


@mcp.custom_route("/health", methods=["GET"])
async def health(request):
    return PlainTextResponse("OK")


@mcp.tool
def add(a: int, b: int) -> int:
    return a + b
