@{
    Description = 'A Note with an unquoted comma: the row has one field more than the header, and the rest of the Note would be lost.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'FieldCountMismatch'
    Line        = 3
}
