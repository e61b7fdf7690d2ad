import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A campaign's reminder schedule; campaigns without a row use the defaults of ReminderSettingsService. */
@Entity('reminder_settings')
export class ReminderSetting {
  @PrimaryColumn({ type: 'int' })
  campaignId: number;

  /** Remind submitters this many days before the deadline. */
  @Column({ type: 'int' })
  daysBefore: number;

  /** Remind again when a returned report has not been resubmitted for this many days. */
  @Column({ type: 'int' })
  returnedDays: number;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
