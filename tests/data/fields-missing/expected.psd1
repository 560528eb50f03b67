@{
    Description = 'A row cut short after Category: its Actors, Location, Citations and Note would read as blank.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'FieldCountMismatch'
    Line        = 3
}
