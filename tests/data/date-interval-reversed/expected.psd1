@{
    Description = 'Date 1979/1975: the interval ends before it starts.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidDate'
    Line        = 3
    Field       = 'Date'
    Culture     = $true
}
