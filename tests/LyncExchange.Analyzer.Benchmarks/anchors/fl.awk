# Naive Format-List splitter anchor: blank lines separate objects, "Label : value" starts a property, anything else
# continues the previous value. No wrap/truncation handling, no collections, no encodings (UTF-8 input only).
BEGIN { objects = 0; props = 0; inobj = 0 }
{ sub(/\r$/, "") }
/^[ \t]*$/ { if (inobj) { objects++; inobj = 0 } next }
{
    inobj = 1
    i = index($0, " : ")
    if (i > 0 && substr($0, 1, 1) != " ") { name = substr($0, 1, i - 1); sub(/ +$/, "", name); value[name] = substr($0, i + 3); last = name; props++ }
    else if (last != "") { v = $0; sub(/^ +/, "", v); value[last] = value[last] v }
}
END { if (inobj) objects++; printf "awk: %d objects, %d properties\n", objects, props > "/dev/stderr" }
