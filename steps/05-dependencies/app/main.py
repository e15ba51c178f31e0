from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline

from app.api.main import api_router
from app.api.routes import root
from app.core.config import Settings, get_settings


async def validation_error_without_input(
    request: Request, exc: RequestValidationError
) -> JSONResponse:
    # FastAPI's own 422 answer repeats each rejected value as "input". That would echo a
    # rejected password back, and a NaN cannot even be written as JSON (the answer would
    # become a 500), so this one leaves the value out and keeps where and why it failed.
    errors = [
        {key: value for key, value in error.items() if key != "input"} for error in exc.errors()
    ]
    return JSONResponse(status_code=422, content=jsonable_encoder({"detail": errors}))


def create_app(settings: Settings) -> FastAPI:
    # A function, so that tests can build the app with other settings: middleware such as
    # CORS reads its settings once, when the app is built.
    # FastAPIOffline is FastAPI whose /docs and /redoc pages load their JavaScript and CSS
    # from this server instead of a CDN, so the interactive docs work without internet access.
    app = FastAPIOffline(
        title=settings.PROJECT_NAME,
        version=settings.VERSION,
        debug=settings.DEBUG,
        exception_handlers={RequestValidationError: validation_error_without_input},
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.CORS_ORIGINS,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    app.include_router(root.router)
    app.include_router(api_router)
    return app


app = create_app(get_settings())
