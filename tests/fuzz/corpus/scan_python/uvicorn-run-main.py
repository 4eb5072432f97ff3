"""The API, started by `python main.py` in the image."""
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/health")
async def health():
    return {"ok": True}


def main():
    # uvicorn is imported late so the module imports fast under tests.
    import uvicorn as server

    server.run("main:app", host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), workers=4)


if __name__ == "__main__":
    main()
