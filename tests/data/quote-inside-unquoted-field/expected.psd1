@{
    Description = 'A bare quoted word inside an unquoted Title: establish "official" relations.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Terminating'
    ErrorId     = 'MalformedCsv'
    Line        = 2
}
