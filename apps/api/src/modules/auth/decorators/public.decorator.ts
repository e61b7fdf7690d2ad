import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'isPublic';
/** The route answers without a signed-in user (login, refresh, health). */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

export const ALLOWED_BEFORE_PASSWORD_CHANGE_KEY = 'allowedBeforePasswordChange';
/** The route stays open to a user who still has to change the initial password. */
export const AllowedBeforePasswordChange = () => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE_KEY, true);
