@{
    Description = 'A quote opened in a fourth row is never closed. In time order (the default) nothing is written before the stop; with -FileOrder the three rows before it would stream out first.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Terminating'
    Rows        = 0
    ErrorId     = 'MalformedCsv'
    Line        = 6
}
