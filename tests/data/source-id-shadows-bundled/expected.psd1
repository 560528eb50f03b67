@{
    Description = 'A user''s source reusing a bundled source''s Id: refused even by the query, since sources are read whole.'
    Command     = 'Get-RelationsSource'
    Outcome     = 'RowError'
    Rows        = 9
    ErrorId     = 'DuplicateId'
    Line        = 2
    Field       = 'Id'
}
