import type { OrgType } from '@nianbao/workflow';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';

/** One node of the org tree: 市 → 区/县 → 乡镇/街道 and 区级部门; 市级部门 directly under the city. */
@Entity('orgs')
@Unique('uq_orgs_parent_name', ['parentId', 'name'])
export class Org {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  type: OrgType;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  /** Ids from the root down to this org, `/1/4/9/`: a subtree is every org whose path starts with this one's. */
  @Index('idx_orgs_path')
  @Column({ type: 'varchar', length: 255 })
  path: string;

  @VersionColumn()
  version: number;
}
