-- The ten six-monthly network inquiries owed for five years after 终本 (终本规定 Art. 9), as reported by the court.

CREATE TABLE follow_up_inquiry (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id                bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    sequence               smallint NOT NULL CHECK (sequence BETWEEN 1 AND 10),
    performed_on           date,
    network_query_id       text,
    result                 text,                     -- FollowUpResult
    creditor_notified_on   date,
    led_to_resumption      boolean  NOT NULL DEFAULT false,
    CONSTRAINT follow_up_inquiry_case_sequence_key UNIQUE (case_id, sequence)
);
