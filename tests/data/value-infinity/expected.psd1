@{
    Description = 'Value Infinity.'
    Command     = 'Get-TradeFigure'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidNumber'
    Line        = 2
    Field       = 'Value'
    Culture     = $true
}
