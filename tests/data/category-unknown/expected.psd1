@{
    Description = 'Category ''Economy'', not in the closed set.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'UnknownValue'
    Line        = 2
    Field       = 'Category'
}
