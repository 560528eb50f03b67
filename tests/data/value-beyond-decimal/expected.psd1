@{
    Description = 'Value 1e40 written out in 41 digits: beyond the range of decimal.'
    Command     = 'Get-TradeFigure'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidNumber'
    Line        = 2
    Field       = 'Value'
    Culture     = $true
}
