from fastapi import APIRouter, status

from app.models.schemas import User, UserCreate

router = APIRouter(prefix="/users", tags=["users"])


@router.post("", status_code=status.HTTP_201_CREATED)
def create_user(user: UserCreate) -> User:
    # The return type is User, so FastAPI sends only User's fields: never the password.
    return user
