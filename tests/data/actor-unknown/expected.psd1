@{
    Description = 'An actor written as a name (''Hun Manet'') instead of its id.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'UnknownActor'
    Line        = 5
    Field       = 'Actors'
}
