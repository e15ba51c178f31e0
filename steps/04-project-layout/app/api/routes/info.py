from typing import Annotated

from fastapi import APIRouter, Depends

from app.core.config import Settings, get_settings
from app.models.schemas import AppInfo

router = APIRouter(prefix="/info", tags=["info"])


@router.get("")
def read_info(settings: Annotated[Settings, Depends(get_settings)]) -> AppInfo:
    return AppInfo(name=settings.PROJECT_NAME, version=settings.VERSION)
