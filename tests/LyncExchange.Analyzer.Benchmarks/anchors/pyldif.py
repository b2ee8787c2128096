"""Parse-only anchor: python-ldap's LDIFParser over an ldifde export, counting records."""
import sys
import ldif


class Counter(ldif.LDIFParser):
    def __init__(self, f):
        super().__init__(f)
        self.count = 0

    def handle(self, dn, entry):
        self.count += 1


with open(sys.argv[1], "rb") as f:
    parser = Counter(f)
    parser.parse()
print(f"python-ldap: {parser.count} records", file=sys.stderr)
