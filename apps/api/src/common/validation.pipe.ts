import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { AppException } from './app.exception';

/** Request bodies and queries are checked against their DTO; the refusal names the offending fields in Chinese. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors: ValidationError[]) =>
      new AppException(400, 'INVALID_INPUT', `请求参数不正确：${describeFields(errors).join('、')}。`),
  });
}

function describeFields(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    if (error.children && error.children.length > 0) return describeFields(error.children, field);
    if (error.constraints?.whitelistValidation) return [`不支持字段 ${field}`];
    return [`字段 ${field} 缺失或格式错误`];
  });
}
