@{
    Description = 'A citation of a source id that does not exist (cicp-2020-07-31-..., a mistyped date).'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'UnknownSource'
    Line        = 3
    Field       = 'Citations'
}
