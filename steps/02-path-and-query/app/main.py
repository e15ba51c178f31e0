from typing import Annotated

from fastapi import Path, Query
from fastapi_offline import FastAPIOffline

# FastAPIOffline is FastAPI whose /docs and /redoc pages load their JavaScript and CSS from
# this server instead of a CDN, so the interactive docs work without internet access.
app = FastAPIOffline(title="FastAPI Steps", version="0.1.0")


@app.get("/")
def read_root() -> dict[str, str]:
    return {"message": "Hello FastAPI"}


@app.get("/api/items/echo/{name}")
def echo_item_name(
    name: Annotated[str, Path(min_length=1, max_length=50, description="Any item name.")],
    shout: Annotated[bool, Query(description="Answer in capital letters.")] = False,
) -> dict[str, str | bool]:
    return {"name": name.upper() if shout else name, "shout": shout}
