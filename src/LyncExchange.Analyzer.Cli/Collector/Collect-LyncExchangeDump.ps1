<#
.SYNOPSIS
    Collects the Exchange Server 2013 / Lync Server 2013 integration configuration that LyncExchange.Analyzer
    (lxa) reads (KB 2614242), in lossless form, and zips it.

.DESCRIPTION
    Run it in the Exchange Management Shell, in the Lync Server Management Shell, or in both (once in each):
    it detects which cmdlets the session has and runs what it can. Windows PowerShell 5.1 and PowerShell 7.

    For every cmdlet it writes Export-Clixml (lossless: <Cmdlet>.xml) and a Format-List * text copy for people
    (<Cmdlet>.txt, $FormatEnumerationLimit = -1, Out-String -Width 4096, UTF-8). Per Exchange 2013 Mailbox
    server (<SERVER>\ subfolder): Get-ExchangeCertificate, the OWA web.config (ClientAccess\Owa\web.config,
    read through the admin share \\<server>\<drive>$) and the registry key
    HKLM\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging as a .reg file. Directory users and
    contacts with ldifde (only the attributes the analyzer reads), DNS zones with Export-DnsServerZone or
    dnscmd /ZoneExport, and manifest.json: script version, start and end time, culture, PowerShell version,
    machine, and per command whether it succeeded, returned nothing or failed (with the error text).

    It never collects secrets (no private keys, no passwords; the SerializationData blob Exchange adds to
    remoted objects is removed before export), never prompts, and finishes even when commands fail.
    Nothing is changed on any server.

.PARAMETER OutputDirectory
    Where to write. Default: .\LyncExchangeDump-<COMPUTERNAME>-<yyyyMMdd-HHmmss>. A .zip of the folder is
    written beside it.

.PARAMETER ExchangeServer
    Exchange 2013 Mailbox servers to read per-server files from. Default: every server Get-ExchangeServer
    reports with the Mailbox role and version 15.0.

.PARAMETER ExchangeInstallPath
    The Exchange installation folder on the Mailbox servers (as on the server: C:\...). Default: the standard
    Exchange 2013 path.

.PARAMETER LdifBaseDN
    Search base for ldifde (default: the domain ldifde connects to).

.PARAMETER DnsZone
    Zones to export. Default: every primary forward lookup zone of the DNS server.

.PARAMETER DnsServer
    DNS server to export from (default: this computer).

.PARAMETER SkipExchange
    Do not run the Exchange cmdlets.
.PARAMETER SkipLync
    Do not run the Lync cmdlets.
.PARAMETER SkipServerFiles
    Do not read web.config and registry from the Exchange servers.
.PARAMETER SkipDirectory
    Do not run ldifde.
.PARAMETER SkipDns
    Do not export DNS zones.
.PARAMETER NoZip
    Do not create the .zip.

.EXAMPLE
    .\Collect-LyncExchangeDump.ps1
    In the Exchange Management Shell on an Exchange 2013 server; then again in the Lync Server Management Shell
    on a Front End server. Send both .zip files.

.NOTES
    Written out by 'lxa collector'. For tests only: when a function Read-LyncExchangeServerFile or
    Read-LyncExchangeRegistryKey exists in the session it replaces admin-share and remote-registry access, and
    LXA_COLLECTOR_FIXED_TIME (ISO 8601) fixes the manifest times.
#>
[CmdletBinding()]
param(
    [string] $OutputDirectory,
    [string[]] $ExchangeServer,
    [string] $ExchangeInstallPath = 'C:\Program Files\Microsoft\Exchange Server\V15',
    [string] $LdifBaseDN,
    [string[]] $DnsZone,
    [string] $DnsServer,
    [switch] $SkipExchange,
    [switch] $SkipLync,
    [switch] $SkipServerFiles,
    [switch] $SkipDirectory,
    [switch] $SkipDns,
    [switch] $NoZip
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Continue'
$ConfirmPreference = 'None'
$ProgressPreference = 'SilentlyContinue'

$CollectorVersion = '1.0.0'

# The directory attributes LyncExchange.Analyzer reads. This is the ONE place the collector lists them; it must
# equal the analyzer's directory model (src/LyncExchange.Analyzer/Model/Directory/DirectoryAttributeNames.cs,
# without the LDIF 'dn' line), which a test in tests/LyncExchange.Analyzer.Tests/Collector checks.
$DirectoryAttributes = @(
    'objectClass', 'mail', 'userPrincipalName', 'sAMAccountName', 'displayName', 'proxyAddresses',
    'msRTCSIP-PrimaryUserAddress', 'msRTCSIP-UserEnabled', 'msRTCSIP-PrimaryHomeServer', 'msRTCSIP-DeploymentLocator',
    'msRTCSIP-OptionFlags', 'msRTCSIP-Line', 'msExchRecipientTypeDetails', 'msExchRemoteRecipientType', 'homeMDB',
    'msExchHomeServerName', 'targetAddress', 'msExchVersion', 'thumbnailPhoto', 'objectGUID', 'objectSid',
    'msExchMailboxGuid', 'userAccountControl'
)
$DirectoryFilter = '(|(&(objectCategory=person)(objectClass=user))(objectClass=contact))'

# Members never written: Exchange's BinaryFormatter blob (opaque and an attack vector) and anything that could
# carry a credential. Certificate objects serialize only their public RawData; private keys are never exported.
$SecretMembers = @('SerializationData', 'Password', 'SecurePassword', 'PfxPassword', 'PrivateKeyData')

$OwaImRegistryPath = 'SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging'

function Get-CollectorTime {
    $fixed = [Environment]::GetEnvironmentVariable('LXA_COLLECTOR_FIXED_TIME')
    if ($fixed) {
        return [DateTimeOffset]::Parse($fixed, [Globalization.CultureInfo]::InvariantCulture, [Globalization.DateTimeStyles]::RoundtripKind)
    }
    [DateTimeOffset]::Now
}

function Get-MachineName {
    if ($env:COMPUTERNAME) { return $env:COMPUTERNAME }
    [Environment]::MachineName
}

function Write-Utf8File([string] $Path, [string] $Text) {
    [IO.File]::WriteAllText($Path, $Text, (New-Object Text.UTF8Encoding($false)))
}

function Get-SafeFileName([string] $Name) {
    $invalid = [IO.Path]::GetInvalidFileNameChars() + [char[]]'\/:*?"<>|'
    $b = New-Object Text.StringBuilder
    foreach ($c in $Name.ToCharArray()) { if ($invalid -contains $c) { [void]$b.Append('_') } else { [void]$b.Append($c) } }
    $b.ToString()
}

function Remove-SecretMember($InputObject) {
    foreach ($o in $InputObject) {
        if ($null -eq $o -or $o -is [string] -or $o.GetType().IsValueType) { continue }
        foreach ($name in $SecretMembers) {
            if ($null -ne $o.PSObject.Members[$name]) {
                try { $o.PSObject.Members.Remove($name) } catch { Write-Verbose "could not remove $name from $($o.GetType().FullName)" }
            }
        }
    }
}

$script:Commands = New-Object Collections.ArrayList

function Add-CommandResult {
    param([string] $Name, [string] $Command, [string] $Server, [string] $State, [int] $Objects, [object[]] $Files, [string] $ErrorText)
    [void]$script:Commands.Add([ordered]@{
            name    = $Name
            command = $Command
            server  = $(if ($Server) { $Server } else { $null })
            state   = $State
            objects = $Objects
            files   = @($Files)
            error   = $(if ($ErrorText) { $ErrorText } else { $null })
        })
}

function Get-ErrorText($ErrorRecord) {
    $message = $ErrorRecord.Exception.Message
    if (-not $message) { $message = "$ErrorRecord" }
    ($message -replace '\s+', ' ').Trim()
}

function Invoke-CollectorCommand {
    <# Runs one cmdlet: Export-Clixml + Format-List text copy, or records why there is nothing. #>
    param(
        [Parameter(Mandatory)] [string] $Name,
        [Parameter(Mandatory)] [string] $Command,
        [Parameter(Mandatory)] [scriptblock] $ScriptBlock,
        [string] $Server,
        [string] $Folder = ''
    )
    if (-not (Get-Command -Name $Name -ErrorAction SilentlyContinue)) {
        Add-CommandResult -Name $Name -Command $Command -Server $Server -State 'not available' -Objects 0 -Files @() `
            -ErrorText "'$Name' is not available in this session"
        return @()
    }
    $objects = @()
    try {
        $objects = @(& $ScriptBlock | Where-Object { $null -ne $_ })
    }
    catch {
        Add-CommandResult -Name $Name -Command $Command -Server $Server -State 'failed' -Objects 0 -Files @() -ErrorText (Get-ErrorText $_)
        return @()
    }
    if ($objects.Count -eq 0) {
        Add-CommandResult -Name $Name -Command $Command -Server $Server -State 'returned nothing' -Objects 0 -Files @()
        return @()
    }

    Remove-SecretMember $objects
    $directory = if ($Folder) { Join-Path $script:Root $Folder } else { $script:Root }
    if (-not (Test-Path -LiteralPath $directory)) { [void](New-Item -ItemType Directory -Path $directory -Force) }
    $prefix = if ($Folder) { "$Folder/" } else { '' }
    $xml = "$Name.xml"
    $txt = "$Name.txt"
    try {
        $objects | Export-Clixml -LiteralPath (Join-Path $directory $xml)
        $text = $objects | Format-List -Property * | Out-String -Width 4096
        Write-Utf8File -Path (Join-Path $directory $txt) -Text $text
        Add-CommandResult -Name $Name -Command $Command -Server $Server -State 'succeeded' -Objects $objects.Count -Files @(
            [ordered]@{ path = "$prefix$xml"; role = 'lossless' },
            [ordered]@{ path = "$prefix$txt"; role = 'readable-copy' })
    }
    catch {
        Add-CommandResult -Name $Name -Command $Command -Server $Server -State 'failed' -Objects $objects.Count -Files @() -ErrorText ('writing the output failed: ' + (Get-ErrorText $_))
    }
    $objects
}

function Add-FileResult {
    param([string] $Name, [string] $Command, [string] $Server, [string] $RelativePath, [scriptblock] $Produce)
    try {
        $produced = & $Produce
        if ($null -eq $produced) {
            Add-CommandResult -Name $Name -Command $Command -Server $Server -State 'returned nothing' -Objects 0 -Files @()
        }
        else {
            Add-CommandResult -Name $Name -Command $Command -Server $Server -State 'succeeded' -Objects 1 -Files @([ordered]@{ path = $RelativePath; role = 'lossless' })
        }
    }
    catch {
        Add-CommandResult -Name $Name -Command $Command -Server $Server -State 'failed' -Objects 0 -Files @() -ErrorText (Get-ErrorText $_)
    }
}

# ------------------------------------------------------------------------------------- per-server files

function Get-AdminSharePath([string] $Server, [string] $LocalPath) {
    $machine = Get-MachineName
    $short = ($Server -split '\.')[0]
    if ($short -ieq $machine) { return $LocalPath }
    $drive = $LocalPath.Substring(0, 1)
    "\\$Server\$drive`$" + $LocalPath.Substring(2)
}

function Read-ServerFile([string] $Server, [string] $LocalPath) {
    $seam = Get-Command -Name 'Read-LyncExchangeServerFile' -CommandType Function -ErrorAction SilentlyContinue
    if ($seam) { return (& $seam -Server $Server -Path $LocalPath) }
    $path = Get-AdminSharePath -Server $Server -LocalPath $LocalPath
    if (-not (Test-Path -LiteralPath $path)) { throw "'$path' does not exist or is not reachable (admin share)" }
    [IO.File]::ReadAllBytes($path)
}

function Read-RegistryKey([string] $Server, [string] $KeyPath) {
    <# Returns an ordered dictionary name -> @{ Kind; Value } or $null when the key does not exist. #>
    $seam = Get-Command -Name 'Read-LyncExchangeRegistryKey' -CommandType Function -ErrorAction SilentlyContinue
    if ($seam) { return (& $seam -Server $Server -Path $KeyPath) }
    $machine = Get-MachineName
    $short = ($Server -split '\.')[0]
    $base = if ($short -ieq $machine) {
        [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Default)
    }
    else {
        [Microsoft.Win32.RegistryKey]::OpenRemoteBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, $Server)
    }
    try {
        $key = $base.OpenSubKey($KeyPath)
        if ($null -eq $key) { return $null }
        try {
            $values = [ordered]@{}
            foreach ($n in $key.GetValueNames()) {
                $values[$n] = @{ Kind = $key.GetValueKind($n).ToString(); Value = $key.GetValue($n, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames) }
            }
            $values
        }
        finally { $key.Close() }
    }
    finally { $base.Close() }
}

function ConvertTo-RegHex([byte[]] $Bytes) {
    ($Bytes | ForEach-Object { $_.ToString('x2') }) -join ','
}

function ConvertTo-RegFileText([string] $KeyPath, $Values) {
    <# The text reg.exe export writes (Windows Registry Editor Version 5.00, CRLF); saved as UTF-16LE with BOM like reg export. #>
    $lines = New-Object Collections.Generic.List[string]
    $lines.Add('Windows Registry Editor Version 5.00')
    $lines.Add('')
    $lines.Add("[HKEY_LOCAL_MACHINE\$KeyPath]")
    foreach ($name in $Values.Keys) {
        $v = $Values[$name]
        $label = if ($name -eq '') { '@' } else { '"' + ($name -replace '\\', '\\' -replace '"', '\"') + '"' }
        switch ($v.Kind) {
            'String' { $lines.Add($label + '="' + ([string]$v.Value -replace '\\', '\\' -replace '"', '\"') + '"') }
            'DWord' { $lines.Add($label + '=dword:' + ([uint32]$v.Value).ToString('x8')) }
            'QWord' { $lines.Add($label + '=hex(b):' + (ConvertTo-RegHex ([BitConverter]::GetBytes([uint64]$v.Value)))) }
            'ExpandString' { $lines.Add($label + '=hex(2):' + (ConvertTo-RegHex ([Text.Encoding]::Unicode.GetBytes([string]$v.Value + [char]0)))) }
            'MultiString' { $lines.Add($label + '=hex(7):' + (ConvertTo-RegHex ([Text.Encoding]::Unicode.GetBytes((@($v.Value) -join [char]0) + [char]0 + [char]0)))) }
            default { $lines.Add($label + '=hex:' + (ConvertTo-RegHex ([byte[]]$v.Value))) }
        }
    }
    $lines.Add('')
    ($lines -join "`r`n") + "`r`n"
}

function Save-ServerFiles([string] $Server) {
    $folder = Get-SafeFileName $Server
    $directory = Join-Path $script:Root $folder
    $webConfigLocal = ($ExchangeInstallPath.TrimEnd('\')) + '\ClientAccess\Owa\web.config'
    Add-FileResult -Name 'OwaWebConfig' -Command "copy $(Get-AdminSharePath -Server $Server -LocalPath $webConfigLocal)" -Server $Server `
        -RelativePath "$folder/web.config" -Produce {
        $content = Read-ServerFile -Server $Server -LocalPath $webConfigLocal
        if ($null -eq $content) { return $null }
        if (-not (Test-Path -LiteralPath $directory)) { [void](New-Item -ItemType Directory -Path $directory -Force) }
        $target = Join-Path $directory 'web.config'
        if ($content -is [byte[]]) { [IO.File]::WriteAllBytes($target, $content) } else { Write-Utf8File -Path $target -Text ([string]$content) }
        $target
    }
    Add-FileResult -Name 'OwaImRegistry' -Command "reg export `"\\$Server\HKLM\$OwaImRegistryPath`"" -Server $Server `
        -RelativePath "$folder/MSExchange OWA-InstantMessaging.reg" -Produce {
        $values = Read-RegistryKey -Server $Server -KeyPath $OwaImRegistryPath
        if ($null -eq $values) { return $null }
        if (-not (Test-Path -LiteralPath $directory)) { [void](New-Item -ItemType Directory -Path $directory -Force) }
        $target = Join-Path $directory 'MSExchange OWA-InstantMessaging.reg'
        [IO.File]::WriteAllText($target, (ConvertTo-RegFileText -KeyPath $OwaImRegistryPath -Values $values), (New-Object Text.UnicodeEncoding($false, $true)))
        $target
    }
}

# ------------------------------------------------------------------------------------------------- main

$startTime = Get-CollectorTime
$machineName = Get-MachineName
if (-not $OutputDirectory) {
    $OutputDirectory = Join-Path (Get-Location).Path ('LyncExchangeDump-{0}-{1}' -f $machineName, $startTime.ToString('yyyyMMdd-HHmmss', [Globalization.CultureInfo]::InvariantCulture))
}
if (-not (Test-Path -LiteralPath $OutputDirectory)) { [void](New-Item -ItemType Directory -Path $OutputDirectory -Force) }
$script:Root = (Resolve-Path -LiteralPath $OutputDirectory).ProviderPath

# Lossless text copies: every collection item, no console-width wrapping. The formatter reads the global value.
$savedEnumerationLimit = $global:FormatEnumerationLimit
$global:FormatEnumerationLimit = -1
try {
    foreach ($module in 'Lync', 'SkypeForBusiness', 'DnsServer') {
        if (-not (Get-Module -Name $module) -and (Get-Module -ListAvailable -Name $module -ErrorAction SilentlyContinue)) {
            Import-Module -Name $module -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        }
    }
    $hasExchange = [bool](Get-Command -Name 'Get-ExchangeServer' -ErrorAction SilentlyContinue)
    $hasLync = [bool](Get-Command -Name 'Get-CsPool' -ErrorAction SilentlyContinue) -or [bool](Get-Command -Name 'Get-CsTenantFederationConfiguration' -ErrorAction SilentlyContinue)

    if (-not $SkipExchange -and $hasExchange) {
        $servers = @(Invoke-CollectorCommand -Name 'Get-ExchangeServer' -Command 'Get-ExchangeServer' -ScriptBlock { Get-ExchangeServer -ErrorAction Stop })
        [void](Invoke-CollectorCommand -Name 'Get-ClientAccessServer' -Command 'Get-ClientAccessServer' -ScriptBlock { Get-ClientAccessServer -ErrorAction Stop })
        [void](Invoke-CollectorCommand -Name 'Get-OwaVirtualDirectory' -Command 'Get-OwaVirtualDirectory -ADPropertiesOnly' -ScriptBlock { Get-OwaVirtualDirectory -ADPropertiesOnly -ErrorAction Stop })
        [void](Invoke-CollectorCommand -Name 'Get-OwaMailboxPolicy' -Command 'Get-OwaMailboxPolicy' -ScriptBlock { Get-OwaMailboxPolicy -ErrorAction Stop })
        [void](Invoke-CollectorCommand -Name 'Get-CASMailbox' -Command 'Get-CASMailbox -ResultSize Unlimited' -ScriptBlock { Get-CASMailbox -ResultSize Unlimited -ErrorAction Stop })
        # Get-Recipient is not collected: it repeats the Get-Mailbox / Get-RemoteMailbox objects.
        [void](Invoke-CollectorCommand -Name 'Get-Mailbox' -Command 'Get-Mailbox -ResultSize Unlimited' -ScriptBlock { Get-Mailbox -ResultSize Unlimited -ErrorAction Stop })
        [void](Invoke-CollectorCommand -Name 'Get-RemoteMailbox' -Command 'Get-RemoteMailbox -ResultSize Unlimited' -ScriptBlock { Get-RemoteMailbox -ResultSize Unlimited -ErrorAction Stop })
        [void](Invoke-CollectorCommand -Name 'Get-PartnerApplication' -Command 'Get-PartnerApplication' -ScriptBlock { Get-PartnerApplication -ErrorAction Stop })
        [void](Invoke-CollectorCommand -Name 'Get-AuthConfig' -Command 'Get-AuthConfig' -ScriptBlock { Get-AuthConfig -ErrorAction Stop })
        [void](Invoke-CollectorCommand -Name 'Get-AuthServer' -Command 'Get-AuthServer' -ScriptBlock { Get-AuthServer -ErrorAction Stop })
        [void](Invoke-CollectorCommand -Name 'Get-IntraOrganizationConnector' -Command 'Get-IntraOrganizationConnector' -ScriptBlock { Get-IntraOrganizationConnector -ErrorAction Stop })
        [void](Invoke-CollectorCommand -Name 'Get-OrganizationRelationship' -Command 'Get-OrganizationRelationship' -ScriptBlock { Get-OrganizationRelationship -ErrorAction Stop })
        [void](Invoke-CollectorCommand -Name 'Get-UMDialPlan' -Command 'Get-UMDialPlan' -ScriptBlock { Get-UMDialPlan -ErrorAction Stop })

        $mailboxServers = if ($ExchangeServer) { @($ExchangeServer) } else {
            @($servers | Where-Object { "$($_.AdminDisplayVersion)" -like 'Version 15.0*' -and "$($_.ServerRole)" -match 'Mailbox' } | ForEach-Object { "$($_.Name)" })
        }
        foreach ($server in $mailboxServers) {
            $folder = Get-SafeFileName $server
            [void](Invoke-CollectorCommand -Name 'Get-ExchangeCertificate' -Command "Get-ExchangeCertificate -Server $server" -Server $server -Folder $folder `
                    -ScriptBlock { Get-ExchangeCertificate -Server $server -ErrorAction Stop })
            if (-not $SkipServerFiles) { Save-ServerFiles -Server $server }
        }
    }

    if (-not $SkipLync -and $hasLync) {
        $lyncCommands = [ordered]@{
            'Get-CsPool'                          = { Get-CsPool -ErrorAction Stop }
            'Get-CsSite'                          = { Get-CsSite -ErrorAction Stop }
            'Get-CsSipDomain'                     = { Get-CsSipDomain -ErrorAction Stop }
            'Get-CsTrustedApplicationPool'        = { Get-CsTrustedApplicationPool -ErrorAction Stop }
            'Get-CsTrustedApplicationComputer'    = { Get-CsTrustedApplicationComputer -ErrorAction Stop }
            'Get-CsTrustedApplication'            = { Get-CsTrustedApplication -ErrorAction Stop }
            'Get-CsPartnerApplication'            = { Get-CsPartnerApplication -ErrorAction Stop }
            'Get-CsOAuthConfiguration'            = { Get-CsOAuthConfiguration -ErrorAction Stop }
            'Get-CsOAuthServer'                   = { Get-CsOAuthServer -ErrorAction Stop }
            'Get-CsHostingProvider'               = { Get-CsHostingProvider -ErrorAction Stop }
            'Get-CsAccessEdgeConfiguration'       = { Get-CsAccessEdgeConfiguration -ErrorAction Stop }
            'Get-CsUser'                          = { Get-CsUser -ResultSize Unlimited -ErrorAction Stop }
            'Get-CsCertificate'                   = { Get-CsCertificate -ErrorAction Stop }
            'Get-CsUserServicesPolicy'            = { Get-CsUserServicesPolicy -ErrorAction Stop }
            'Get-CsExternalAccessPolicy'          = { Get-CsExternalAccessPolicy -ErrorAction Stop }
            'Get-CsTenantFederationConfiguration' = { Get-CsTenantFederationConfiguration -ErrorAction Stop }
        }
        $commandLines = @{ 'Get-CsUser' = 'Get-CsUser -ResultSize Unlimited' }
        foreach ($name in $lyncCommands.Keys) {
            $line = if ($commandLines.ContainsKey($name)) { $commandLines[$name] } else { $name }
            [void](Invoke-CollectorCommand -Name $name -Command $line -ScriptBlock $lyncCommands[$name])
        }
    }

    if (-not $SkipDirectory) {
        $ldifCommand = 'ldifde -f directory/users-contacts.ldf -p subtree -r "' + $DirectoryFilter + '" -l "' + ($DirectoryAttributes -join ',') + '"'
        if ($LdifBaseDN) { $ldifCommand += " -d `"$LdifBaseDN`"" }
        if (-not (Get-Command -Name 'ldifde' -ErrorAction SilentlyContinue)) {
            Add-CommandResult -Name 'ldifde' -Command $ldifCommand -State 'not available' -Objects 0 -Files @() -ErrorText "'ldifde' is not available on this computer (install the AD DS tools)"
        }
        else {
            $ldifDirectory = Join-Path $script:Root 'directory'
            [void](New-Item -ItemType Directory -Path $ldifDirectory -Force)
            $ldifFile = Join-Path $ldifDirectory 'users-contacts.ldf'
            $ldifArgs = @('-f', $ldifFile, '-p', 'subtree', '-r', $DirectoryFilter, '-l', ($DirectoryAttributes -join ','))
            if ($LdifBaseDN) { $ldifArgs += @('-d', $LdifBaseDN) }
            try {
                $global:LASTEXITCODE = 0
                $log = (& ldifde @ldifArgs 2>&1 | Out-String).Trim()
                if ($LASTEXITCODE -ne 0 -or -not (Test-Path -LiteralPath $ldifFile)) {
                    if (Test-Path -LiteralPath $ldifFile) { Remove-Item -LiteralPath $ldifFile -Force }
                    Add-CommandResult -Name 'ldifde' -Command $ldifCommand -State 'failed' -Objects 0 -Files @() -ErrorText ("exit code $LASTEXITCODE; " + ($log -replace '\s+', ' '))
                }
                else {
                    $entries = @(Select-String -LiteralPath $ldifFile -Pattern '^dn::? ' -CaseSensitive).Count
                    $state = if ($entries -eq 0) { 'returned nothing' } else { 'succeeded' }
                    Add-CommandResult -Name 'ldifde' -Command $ldifCommand -State $state -Objects $entries -Files @([ordered]@{ path = 'directory/users-contacts.ldf'; role = 'lossless' })
                }
            }
            catch {
                Add-CommandResult -Name 'ldifde' -Command $ldifCommand -State 'failed' -Objects 0 -Files @() -ErrorText (Get-ErrorText $_)
            }
            if (-not (Get-ChildItem -LiteralPath $ldifDirectory -Force)) { Remove-Item -LiteralPath $ldifDirectory -Force }
        }
    }

    if (-not $SkipDns) {
        $hasDnsModule = [bool](Get-Command -Name 'Export-DnsServerZone' -ErrorAction SilentlyContinue)
        $hasDnscmd = [bool](Get-Command -Name 'dnscmd' -ErrorAction SilentlyContinue)
        if (-not $hasDnsModule -and -not $hasDnscmd) {
            Add-CommandResult -Name 'Export-DnsServerZone' -Command 'Export-DnsServerZone' -State 'not available' -Objects 0 -Files @() `
                -ErrorText 'neither the DnsServer module nor dnscmd is available on this computer; run the collector on a DNS server or export the zones there'
        }
        else {
            $zones = @($DnsZone)
            if (-not $DnsZone) {
                if (Get-Command -Name 'Get-DnsServerZone' -ErrorAction SilentlyContinue) {
                    try {
                        $zoneArgs = @{ ErrorAction = 'Stop' }
                        if ($DnsServer) { $zoneArgs['ComputerName'] = $DnsServer }
                        $zones = @(Get-DnsServerZone @zoneArgs | Where-Object { -not $_.IsAutoCreated -and -not $_.IsReverseLookupZone -and "$($_.ZoneType)" -eq 'Primary' -and $_.ZoneName -ne 'TrustAnchors' -and $_.ZoneName -notlike '_msdcs.*' } |
                                ForEach-Object { $_.ZoneName } | Sort-Object)
                        if ($zones.Count -eq 0) { Add-CommandResult -Name 'Get-DnsServerZone' -Command 'Get-DnsServerZone' -State 'returned nothing' -Objects 0 -Files @() }
                    }
                    catch {
                        $zones = @()
                        Add-CommandResult -Name 'Get-DnsServerZone' -Command 'Get-DnsServerZone' -State 'failed' -Objects 0 -Files @() -ErrorText (Get-ErrorText $_)
                    }
                }
                else {
                    $zones = @()
                    Add-CommandResult -Name 'Get-DnsServerZone' -Command 'dnscmd /EnumZones' -State 'not available' -Objects 0 -Files @() -ErrorText 'no zone list without the DnsServer module; pass -DnsZone'
                }
            }
            $dnsSource = if ($DnsServer) { "\\$DnsServer\admin`$\System32\dns" } else { [IO.Path]::Combine([string]$env:SystemRoot, 'System32', 'dns') }
            foreach ($zone in $zones) {
                $exportName = "lxa-export-$zone.dns"
                $relative = "dns/$(Get-SafeFileName $zone).dns"
                $commandText = if ($hasDnsModule) { "Export-DnsServerZone -Name $zone -FileName $exportName" } else { "dnscmd /ZoneExport $zone $exportName" }
                try {
                    if ($hasDnsModule) {
                        $exportArgs = @{ Name = $zone; FileName = $exportName; ErrorAction = 'Stop' }
                        if ($DnsServer) { $exportArgs['ComputerName'] = $DnsServer }
                        Export-DnsServerZone @exportArgs
                    }
                    else {
                        $global:LASTEXITCODE = 0
                        $out = (& dnscmd $(if ($DnsServer) { $DnsServer }) /ZoneExport $zone $exportName 2>&1 | Out-String)
                        if ($LASTEXITCODE -ne 0) { throw ("dnscmd exit code $LASTEXITCODE; " + ($out -replace '\s+', ' ').Trim()) }
                    }
                    $exported = Join-Path $dnsSource $exportName
                    $dnsDirectory = Join-Path $script:Root 'dns'
                    if (-not (Test-Path -LiteralPath $dnsDirectory)) { [void](New-Item -ItemType Directory -Path $dnsDirectory -Force) }
                    Move-Item -LiteralPath $exported -Destination (Join-Path $script:Root $relative) -Force
                    Add-CommandResult -Name 'Export-DnsServerZone' -Command $commandText -Server $zone -State 'succeeded' -Objects 1 -Files @([ordered]@{ path = $relative; role = 'lossless' })
                }
                catch {
                    Add-CommandResult -Name 'Export-DnsServerZone' -Command $commandText -Server $zone -State 'failed' -Objects 0 -Files @() -ErrorText (Get-ErrorText $_)
                }
            }
        }
    }
}
finally {
    $global:FormatEnumerationLimit = $savedEnumerationLimit
}

$endTime = Get-CollectorTime
$manifest = [ordered]@{
    collector         = 'Collect-LyncExchangeDump.ps1'
    collectorVersion  = $CollectorVersion
    manifestVersion   = 1
    startTime         = $startTime.ToString('o', [Globalization.CultureInfo]::InvariantCulture)
    endTime           = $endTime.ToString('o', [Globalization.CultureInfo]::InvariantCulture)
    culture           = [Globalization.CultureInfo]::CurrentCulture.Name
    uiCulture         = [Globalization.CultureInfo]::CurrentUICulture.Name
    powerShellVersion = $PSVersionTable.PSVersion.ToString()
    powerShellEdition = $(if ($PSVersionTable.ContainsKey('PSEdition')) { "$($PSVersionTable.PSEdition)" } else { 'Desktop' })
    machine           = $machineName
    exchangeShell     = [bool]$hasExchange
    lyncShell         = [bool]$hasLync
    commands          = @($script:Commands)
}
Write-Utf8File -Path (Join-Path $script:Root 'manifest.json') -Text ((ConvertTo-Json -InputObject $manifest -Depth 6) + "`n")

$failed = @($script:Commands | Where-Object { $_.state -eq 'failed' }).Count
$zip = $null
if (-not $NoZip) {
    $zip = $script:Root.TrimEnd('\', '/') + '.zip'
    try {
        Compress-Archive -Path (Join-Path $script:Root '*') -DestinationPath $zip -Force -ErrorAction Stop
    }
    catch {
        Write-Warning ("could not create {0}: {1}" -f $zip, (Get-ErrorText $_))
        $zip = $null
    }
}
Write-Host ("Collected {0} commands ({1} failed) into {2}" -f $script:Commands.Count, $failed, $script:Root)
if ($zip) { Write-Host "Send $zip" }
