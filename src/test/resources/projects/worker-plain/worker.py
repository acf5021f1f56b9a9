"""Polls a queue and processes messages: a worker, not a web service."""
import asyncio
import os

QUEUE_URL = os.environ.get("QUEUE_URL", "")


async def main():
    while True:
        await asyncio.sleep(5)


if __name__ == "__main__":
    asyncio.run(main())
