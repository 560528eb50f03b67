@{
    Description = 'Ids in another case: a citation and actor ids resolve ignoring case, and a second row whose id differs only in case is the same id, which Test-RelationsData reports.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Problem'
    Rows        = 2
    ErrorId     = 'DuplicateId'
    Line        = 3
    Field       = 'Id'
}
