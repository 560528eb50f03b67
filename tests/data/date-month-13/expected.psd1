@{
    Description = 'Date 2024-13-01: there is no month 13.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidDate'
    Line        = 5
    Field       = 'Date'
    Culture     = $true
}
