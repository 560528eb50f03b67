@{
    Description = 'A 0-byte events.csv.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Terminating'
    ErrorId     = 'EmptyFile'
    Line        = 0
    RawMatch    = '^$'
}
