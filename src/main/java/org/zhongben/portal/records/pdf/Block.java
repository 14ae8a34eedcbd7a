package org.zhongben.portal.records.pdf;

/** One piece of a {@link RecordDocument}; sealed so the writer handles every kind. */
public sealed interface Block permits Heading, Paragraph, KeyValues, Table {
}
