package org.parley.comment;

public enum CommentKind {
    COMMENT, QUESTION, SUPPORT, OBJECTION, AMENDMENT
}
