@{
    Description = 'An empty Title.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'MissingValue'
    Line        = 2
    Field       = 'Title'
}
