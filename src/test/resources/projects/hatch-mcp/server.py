from mcp.server.fastmcp import FastMCP

mcp = FastMCP("weather")


@mcp.tool()
def forecast(city: str) -> str:
    return f"sunny in {city}"


if __name__ == "__main__":
    mcp.run(transport="streamable-http")
