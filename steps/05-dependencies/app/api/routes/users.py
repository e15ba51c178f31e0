from fastapi import APIRouter, Depends, status

from app.api.deps import require_api_key
from app.models.schemas import User, UserCreate

router = APIRouter(prefix="/users", tags=["users"])


@router.post("", status_code=status.HTTP_201_CREATED, dependencies=[Depends(require_api_key)])
def create_user(user: UserCreate) -> User:
    # The return type is User, so FastAPI sends only User's fields: never the password.
    return user
