import { Injectable } from '@nestjs/common';
import { ConfigVariables } from '../../../config/config-variables';
import { WorkAppErrorCode, WorkAppException } from '../work-app.exception';
import { SecretBox } from './secret-box';

/**
 * The SecretBox of this installation: DATA_ENCRYPTION_KEY when set; outside production a key derived from
 * JWT_SECRET (the demo works with nothing set); in production without the key, a 503 naming the variable.
 */
@Injectable()
export class SecretBoxProvider {
  private box: SecretBox | null = null;

  constructor(private readonly config: ConfigVariables) {}

  get(): SecretBox {
    if (this.box) return this.box;
    if (this.config.DATA_ENCRYPTION_KEY) {
      this.box = new SecretBox(Buffer.from(this.config.DATA_ENCRYPTION_KEY, 'base64'));
    } else if (this.isProduction) {
      throw new WorkAppException(WorkAppErrorCode.ENCRYPTION_KEY_MISSING);
    } else {
      this.box = SecretBox.derivedFrom(this.config.JWT_SECRET);
    }
    return this.box;
  }

  private get isProduction(): boolean {
    return (
      process.env.NODE_ENV === 'production' || (this.config.DB_MODE === 'mysql' && !this.config.DEMO_MODE)
    );
  }
}
