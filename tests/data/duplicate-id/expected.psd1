@{
    Description = 'The withdrawal entered twice under one Id. Queries stream and do not track ids, so Get-RelationsEvent returns all four rows.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Problem'
    Rows        = 4
    ErrorId     = 'DuplicateId'
    Line        = 6
    Field       = 'Id'
}
