-- The task inbox finds a member's cases by their username: the primary key (case_id, username) cannot serve that.
create index case_member_username on case_member (username, case_id);
