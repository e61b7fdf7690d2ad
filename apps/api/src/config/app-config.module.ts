import { Global, Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { ConfigVariables, validateConfig } from './config-variables';

/**
 * Validates the environment once at boot (@nestjs/config with the ConfigVariables schema) and provides the result
 * as `ConfigVariables`, so services inject typed settings instead of reading strings.
 */
@Global()
@Module({})
export class AppConfigModule {
  static register(overrides: Record<string, string>): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [
        ConfigModule.forRoot({
          ignoreEnvFile: true,
          validate: (environment) => ({ ...validateConfig({ ...environment, ...overrides }) }),
        }),
      ],
      providers: [
        {
          provide: ConfigVariables,
          inject: [ConfigService],
          useFactory: (service: ConfigService) =>
            Object.assign(
              new ConfigVariables(),
              Object.fromEntries(Object.keys(new ConfigVariables()).map((key) => [key, service.get(key)])),
            ),
        },
      ],
      exports: [ConfigVariables],
    };
  }
}
