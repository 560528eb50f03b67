@{
    Description = 'A quote opened in a fourth row is never closed. The three rows before it are streamed out before the stop.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Terminating'
    Rows        = 3
    ErrorId     = 'MalformedCsv'
    Line        = 6
}
