from fastapi_offline import FastAPIOffline

# FastAPIOffline is FastAPI whose /docs and /redoc pages load their JavaScript and CSS from
# this server instead of a CDN, so the interactive docs work without internet access.
app = FastAPIOffline(title="FastAPI Steps", version="0.1.0")


@app.get("/")
def read_root() -> dict[str, str]:
    return {"message": "Hello FastAPI"}
