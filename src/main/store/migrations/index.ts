import { initial } from './0001-initial';
import { wireIdentity } from './0002-wire-identity';
import { feeds } from './0003-feeds';
import { annotations } from './0004-annotations';
import { editions } from './0005-editions';
import { archiveScale } from './0006-archive-scale';
import { revisionSessions } from './0007-revision-sessions';
import { wireExpiry } from './0008-wire-expiry';
import { languageSubtags } from './0009-language-subtags';
import { searchIndexBatches } from './0010-search-index-batches';
import { feedErrorReasons } from './0011-feed-error-reasons';
import { feedItemScope } from './0012-feed-item-scope';
import { restoredFrom } from './0013-restored-from';
import { itemShowBody } from './0014-item-show-body';
import { lshWithoutForeignKey } from './0015-lsh-without-foreign-key';
import { sampleEditionId } from './0016-sample-edition-id';
import { inboxOrderByArrivalAtLatest } from './0017-inbox-order-by-arrival-at-latest';
import { itemOverridesRevision } from './0018-item-overrides-revision';
import type { Migration } from './types';

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  wireIdentity,
  feeds,
  annotations,
  editions,
  archiveScale,
  revisionSessions,
  wireExpiry,
  languageSubtags,
  searchIndexBatches,
  feedErrorReasons,
  feedItemScope,
  restoredFrom,
  itemShowBody,
  lshWithoutForeignKey,
  sampleEditionId,
  inboxOrderByArrivalAtLatest,
  itemOverridesRevision,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
