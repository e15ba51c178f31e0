from fastapi import APIRouter

from app.api.deps import SettingsDep
from app.models.schemas import AppInfo

router = APIRouter(prefix="/info", tags=["info"])


@router.get("")
def read_info(settings: SettingsDep) -> AppInfo:
    return AppInfo(name=settings.PROJECT_NAME, version=settings.VERSION)
