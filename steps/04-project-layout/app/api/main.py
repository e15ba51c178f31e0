from fastapi import APIRouter

from app.api.routes import info, items, users

api_router = APIRouter(prefix="/api")
api_router.include_router(info.router)
api_router.include_router(items.router)
api_router.include_router(users.router)
