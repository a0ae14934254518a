// Cases added for mutants that survived `npm run mutation` (docs/testing.md): each pins documented behaviour
// of the policy layer that the existing tests did not reach.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { error, hasErrors, warning } from '../../src/policy/diagnostic.js';
import { jsonFromUnknown } from '../../src/policy/json-from-unknown.js';
import { childPath, parentPath } from '../../src/policy/json-path.js';
import { describeFound, formatBytes, LineIndex, utf8Length } from '../../src/policy/json-text.js';
import { describeValue, isJsonObject, jsonTypeName, quoteValue } from '../../src/policy/json-value.js';
import { parseJson } from '../../src/policy/parse-json.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import type { PolicyKind } from '../../src/policy/policy.js';

describe('R4 utf8Length counts the UTF-8 bytes of the input', () => {
  const rows: readonly (readonly [text: string, bytes: number])[] = [
    ['', 0],
    ['a', 1],
    ['\u007f', 1],
    ['\u0080', 2],
    ['\u07ff', 2],
    ['\u0800', 3],
    ['\uffff', 3],
    ['\uD7FF', 3],
    ['\uD83D\uDE00', 4],
    ['\uD800\uDC00', 4],
    ['\uDBFF\uDFFF', 4],
    ['a\uD83D\uDE00b', 6],
    ['\u00e9\u00e9', 4],
    // lone surrogates are written as U+FFFD, three bytes, as TextEncoder does
    ['\uD800', 3],
    ['\uD800a', 4],
    ['\uD800\uD800', 6],
    ['\uDC00', 3],
    ['\uD800\uE000', 6],
    ['\uD800\uDBFF', 6],
    ['\uDC00\uDC00', 6],
    ['\u0800\uDC00', 6],
    ['\uE000\uDC00', 6],
  ];
  for (const [text, bytes] of rows) {
    it(`R4 ${JSON.stringify(text)} is ${bytes} bytes`, () => {
      expect(utf8Length(text)).to.equal(bytes);
      expect(utf8Length(text)).to.equal(new TextEncoder().encode(text).length);
    });
  }
});

describe('R4 formatBytes names sizes in messages', () => {
  const rows: readonly (readonly [bytes: number, text: string])[] = [
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [1024 * 1024 - 1, '1024.0 KiB'],
    [1024 * 1024, '1 MiB'],
    [1.5 * 1024 * 1024, '1.5 MiB'],
    [10 * 1024 * 1024, '10 MiB'],
  ];
  for (const [bytes, text] of rows) {
    it(`R4 ${bytes} → ${text}`, () => {
      expect(formatBytes(bytes)).to.equal(text);
    });
  }
});

describe('R1 LineIndex locates diagnostics by line and column', () => {
  it('R1 "\\n", "\\r\\n" and a lone "\\r" each end a line', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    expect(index.position(0)).to.deep.equal({ line: 1, column: 1 });
    expect(index.position(2)).to.deep.equal({ line: 1, column: 3 });
    expect(index.position(3)).to.deep.equal({ line: 2, column: 1 });
    expect(index.position(5)).to.deep.equal({ line: 2, column: 3 });
    expect(index.position(6)).to.deep.equal({ line: 2, column: 4 });
    expect(index.position(7)).to.deep.equal({ line: 3, column: 1 });
    expect(index.position(10)).to.deep.equal({ line: 4, column: 1 });
    expect(index.position(12)).to.deep.equal({ line: 4, column: 3 });
  });
  it('R1 a text that ends with a line break has an empty last line', () => {
    const index = new LineIndex('a\n');
    expect(index.position(2)).to.deep.equal({ line: 2, column: 1 });
    expect(new LineIndex('a\r').position(2)).to.deep.equal({ line: 2, column: 1 });
  });
  it('R1 many lines are found by binary search', () => {
    const index = new LineIndex('x\n'.repeat(100));
    for (const line of [1, 2, 3, 50, 99, 100, 101]) {
      expect(index.position((line - 1) * 2)).to.deep.equal({ line, column: 1 });
    }
  });
});

describe('R1 describeFound quotes the character a parse error found', () => {
  const rows: readonly (readonly [text: string, offset: number, found: string])[] = [
    ['', 0, 'end of input'],
    ['ab', 2, 'end of input'],
    ['ab', 5, 'end of input'],
    ['\n', 0, "'\\n'"],
    ['\r', 0, "'\\r'"],
    ['\t', 0, "'\\t'"],
    ['\u0000', 0, "'\\u0000'"],
    ['\u001f', 0, "'\\u001f'"],
    ['\u007f', 0, "'\\u007f'"],
    [' ', 0, "' '"],
    ['True', 0, "'True'"],
    ['x True', 2, "'True'"],
    ['undefinedundefinedundefined', 0, "'undefinedundefinedun'"],
    ['_a', 0, "'_a'"],
    ['a1', 0, "'a1'"],
    ['a', 0, "'a'"],
    ['a-', 0, "'a'"],
    ['1abc', 0, "'1'"],
    ["'", 0, `"'"`],
    ['\uD83D\uDE00', 0, "'\uD83D\uDE00'"],
    ['}', 0, "'}'"],
  ];
  for (const [text, offset, found] of rows) {
    it(`R1 ${JSON.stringify(text)} at ${offset} → ${found}`, () => {
      expect(describeFound(text, offset)).to.equal(found);
    });
  }
});

describe('R1 JSON value helpers for messages', () => {
  it('R1 jsonTypeName names JSON types', () => {
    expect(jsonTypeName(null)).to.equal('null');
    expect(jsonTypeName([])).to.equal('array');
    expect(jsonTypeName({})).to.equal('object');
    expect(jsonTypeName('s')).to.equal('string');
    expect(jsonTypeName(1)).to.equal('number');
    expect(jsonTypeName(true)).to.equal('boolean');
  });
  it('R1 describeValue gives type and value', () => {
    expect(describeValue(null)).to.equal('null');
    expect(describeValue(5)).to.equal('number 5');
    expect(describeValue(['a'])).to.equal('array ["a"]');
    expect(describeValue('x')).to.equal('string "x"');
  });
  it('R1 quoteValue keeps a message on one short line', () => {
    expect(quoteValue('a   b')).to.equal('"a b"');
    expect(quoteValue({ a: 1 })).to.equal('{"a":1}');
    const long = quoteValue('x'.repeat(100));
    expect(long).to.have.length(60);
    expect(long.endsWith('…')).to.equal(true);
    expect(quoteValue('x'.repeat(58))).to.equal(`"${'x'.repeat(58)}"`);
    expect(quoteValue('x'.repeat(59))).to.have.length(60);
    expect(quoteValue('x'.repeat(59)).endsWith('…')).to.equal(true);
    expect(quoteValue('abcdef', 4)).to.equal('"ab…');
  });
  it('R1 isJsonObject is true for objects only', () => {
    expect(isJsonObject({})).to.equal(true);
    expect(isJsonObject([])).to.equal(false);
    expect(isJsonObject(null)).to.equal(false);
    expect(isJsonObject('x')).to.equal(false);
    expect(isJsonObject(undefined)).to.equal(false);
  });
});

describe('R2 hasErrors', () => {
  it('R2 warnings alone are not errors', () => {
    expect(hasErrors([])).to.equal(false);
    expect(hasErrors([warning('w', '', 'm')])).to.equal(false);
    expect(hasErrors([warning('w', '', 'm'), error('e', '', 'm')])).to.equal(true);
    expect(hasErrors([error('e', '', 'm'), warning('w', '', 'm')])).to.equal(true);
  });
});

describe('R1 parentPath walks up the paths that childPath builds', () => {
  const rows: readonly (readonly [path: string, parent: string | undefined])[] = [
    ['a.b["c"]', 'a.b'],
    ['a["x.y"].b', 'a["x.y"]'],
    ['a["x]"]', 'a'],
    ['a["x\\"]"]', 'a'],
    ['a["x\\\\"]', 'a'],
    ['["x"]', ''],
    ['[0]', ''],
    ['a[0].b', 'a[0]'],
    ['a[0]b', 'a[0]'],
  ];
  for (const [path, parent] of rows) {
    it(`R1 ${path} → ${String(parent)}`, () => {
      expect(parentPath(path)).to.equal(parent);
    });
  }
  it('R1 parentPath undoes childPath for awkward keys', () => {
    for (const key of ['a"', 'a\\', 'a\\"', '"', '\\\\"', 'x"]', 'a b', '']) {
      expect(parentPath(childPath('P.q', key))).to.equal('P.q');
    }
  });
});

describe('R4 jsonFromUnknown messages say what is wrong and where', () => {
  function message(input: unknown, source?: string): string {
    const result = jsonFromUnknown(input, source);
    if (result.ok) throw new Error('expected an error');
    return `${result.error.code} ${result.error.path} ${result.error.message}`;
  }
  it('R4 a non-finite number', () => {
    expect(message(Number.NaN)).to.equal('input-not-json  the policy is NaN; JSON numbers are finite');
    expect(message({ a: [Number.POSITIVE_INFINITY] })).to.equal(
      'input-not-json a[0] a[0] is Infinity; JSON numbers are finite',
    );
  });
  it('R4 a value JSON cannot hold', () => {
    expect(message({ f: () => 1 })).to.equal(
      'input-not-json f f is a function; expected a JSON value (string, number, boolean, null, array or plain object)',
    );
    expect(message(undefined)).to.include('the policy is a undefined;');
  });
  it('R4 a cycle', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(message(a)).to.equal(
      'input-cycle self self refers back to one of its own containers; a policy must be a tree',
    );
  });
  it('R4 nesting too deep', () => {
    expect(jsonFromUnknown([[1]], undefined, 2).ok).to.equal(true);
    const result = jsonFromUnknown([[[1]]], undefined, 2);
    expect(result.ok ? '' : result.error.message).to.equal(
      'nesting deeper than 2 levels at [0][0]; IAM policies nest about six levels, so this is not a policy',
    );
    expect(result.ok ? '' : result.error.code).to.equal('json-too-deep');
  });
  it('R4 a class instance is named by its class', () => {
    expect(message({ d: new Date(0) })).to.equal(
      'input-not-json d d is a Date object; expected a plain object or array',
    );
    expect(message(new Map())).to.equal('input-not-json  the policy is a Map object; expected a plain object or array');
  });
  it('R4 an object with a custom prototype and no class name', () => {
    const odd = Object.create({ inherited: 1 }) as object;
    expect(message(odd)).to.equal(
      'input-not-json  the policy is an object with a custom prototype; expected a plain object or array',
    );
    const nameless = Object.create({ constructor: { name: 42 } }) as object;
    expect(message(nameless)).to.include('an object with a custom prototype');
    const objectNamed = Object.create({ constructor: { name: 'Object' } }) as object;
    expect(message(objectNamed)).to.include('an object with a custom prototype');
  });
  it('R4 the source name prefixes the message', () => {
    expect(message(Number.NaN, 'p.json')).to.equal(
      'input-not-json  p.json: the policy is NaN; JSON numbers are finite',
    );
  });
  it('R4 a shared sibling is no cycle', () => {
    const shared = { x: 1 };
    expect(jsonFromUnknown({ a: shared, b: shared, c: [shared, shared] }).ok).to.equal(true);
  });
});

describe('R6 unknown elements get a did-you-mean or the list of valid ones', () => {
  function messages(input: unknown): string[] {
    return parsePolicy(input, {})
      .diagnostics.filter((d) => d.code === 'unknown-element')
      .map((d) => `${d.path}: ${d.message}`);
  }
  const statement = { Effect: 'Allow', Action: '*', Resource: '*' };
  it('R6 at the top level', () => {
    expect(messages({ Version: '2012-10-17', Statment: [statement] })).to.deep.equal([
      'Statment: unknown element "Statment" in the top level of the policy; did you mean "Statement"? (element names are case-sensitive)',
    ]);
    expect(messages({ Version: '2012-10-17', Statement: [statement], version: '2012-10-17' })).to.deep.equal([
      'version: unknown element "version" in the top level of the policy; did you mean "Version"? (element names are case-sensitive)',
    ]);
  });
  it('R6 in a statement', () => {
    expect(messages({ Version: '2012-10-17', Statement: [{ ...statement, Conditon: {} }] })).to.deep.equal([
      'Statement[0].Conditon: unknown element "Conditon" in Statement[0]; did you mean "Condition"? (element names are case-sensitive)',
    ]);
    expect(messages({ Version: '2012-10-17', Statement: [{ ...statement, Zzzzzzzz: 1 }] })).to.deep.equal([
      'Statement[0].Zzzzzzzz: unknown element "Zzzzzzzz" in Statement[0]; valid elements here are Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition',
    ]);
  });
  it('R6 a misplaced element says where it belongs', () => {
    const top = messages({ Version: '2012-10-17', Statement: [statement], Effect: 'Allow' });
    expect(top).to.have.length(1);
    expect(top[0]).to.match(/^Effect: unknown element "Effect" in the top level of the policy; "Effect" belongs /);
    const inner = messages({ Version: '2012-10-17', Statement: [{ ...statement, version: '1' }] });
    expect(inner).to.have.length(1);
    expect(inner[0]).to.match(
      /^Statement\[0\]\.version: unknown element "version" in Statement\[0\]; "Version" belongs /,
    );
  });
  it('R6 no suggestion at the top level lists the valid elements', () => {
    expect(messages({ Version: '2012-10-17', Statement: [statement], Zzzzzzzz: 1 })).to.deep.equal([
      'Zzzzzzzz: unknown element "Zzzzzzzz" in the top level of the policy; valid elements here are Version, Id, Statement',
    ]);
  });
});

describe('R6–R16 diagnostics name the path and say what would be valid', () => {
  type Row = readonly [
    title: string,
    input: unknown,
    kind: PolicyKind | null,
    expected: readonly (readonly [severity: string, code: string, path: string, message: string])[],
  ];
  const rows: readonly Row[] = [
    [
      'R7 a statement that is not an object',
      { Version: '2012-10-17', Statement: [5] },
      null,
      [
        [
          'error',
          'invalid-type',
          'Statement[0]',
          'Statement[0] is number 5; each statement must be an object with Effect, Action and Resource',
        ],
      ],
    ],
    [
      'R6 Version inside a statement',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Version: '2012-10-17' }] },
      null,
      [
        [
          'error',
          'unknown-element',
          'Statement[0].Version',
          'unknown element "Version" in Statement[0]; "Version" belongs at the top level of the policy, not in a statement',
        ],
      ],
    ],
    [
      'R10 no Action or NotAction',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] },
      null,
      [
        [
          'error',
          'action-missing',
          'Statement[0]',
          'Statement[0] has neither Action nor NotAction; add for example "Action": "s3:GetObject"',
        ],
      ],
    ],
    [
      'R8 a Sid that is not a string',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Sid: 5 }] },
      null,
      [
        [
          'error',
          'invalid-type',
          'Statement[0].Sid',
          'Statement[0].Sid is number 5; a Sid must be a string such as "AllowReadLogs"',
        ],
      ],
    ],
    [
      'R9 no Effect',
      { Version: '2012-10-17', Statement: [{ Action: '*', Resource: '*' }] },
      null,
      [
        [
          'error',
          'effect-missing',
          'Statement[0]',
          'Statement[0] has no Effect; add "Effect": "Allow" or "Effect": "Deny"',
        ],
      ],
    ],
    [
      'R9 Effect in the wrong case',
      { Version: '2012-10-17', Statement: [{ Effect: 'allow', Action: '*', Resource: '*' }] },
      null,
      [
        [
          'error',
          'effect-invalid',
          'Statement[0].Effect',
          'Statement[0].Effect is "allow"; valid values are "Allow" and "Deny" (case-sensitive); did you mean "Allow"?',
        ],
      ],
    ],
    [
      'R9 Effect that is nothing like Allow or Deny',
      { Version: '2012-10-17', Statement: [{ Effect: 'Xyzzy', Action: '*', Resource: '*' }] },
      null,
      [
        [
          'error',
          'effect-invalid',
          'Statement[0].Effect',
          'Statement[0].Effect is "Xyzzy"; valid values are "Allow" and "Deny" (case-sensitive)',
        ],
      ],
    ],
    [
      'R10 both Action and NotAction',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', NotAction: '*' }] },
      null,
      [
        [
          'error',
          'element-conflict',
          'Statement[0]',
          'Statement[0] has both Action and NotAction; they are mutually exclusive, so keep one',
        ],
      ],
    ],
    [
      'R11 both Resource and NotResource',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', NotResource: '*' }] },
      null,
      [
        [
          'error',
          'element-conflict',
          'Statement[0]',
          'Statement[0] has both Resource and NotResource; they are mutually exclusive, so keep one',
        ],
      ],
    ],
    [
      'R13 both Principal and NotPrincipal',
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Principal: '*', NotPrincipal: '*' }],
      },
      'resource',
      [
        [
          'error',
          'element-conflict',
          'Statement[0]',
          'Statement[0] has both Principal and NotPrincipal; they are mutually exclusive, so keep one',
        ],
        [
          'warning',
          'notprincipal-allow',
          'Statement[0].NotPrincipal',
          'Statement[0] uses NotPrincipal with "Effect": "Allow", which grants access to every principal not listed, anonymous users included; use Principal, or NotPrincipal only with "Deny"',
        ],
      ],
    ],
    [
      'R13 a string principal other than "*"',
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Principal: 'arn:aws:iam::111122223333:root' }],
      },
      'resource',
      [
        [
          'error',
          'principal-invalid',
          'Statement[0].Principal',
          'Statement[0].Principal is "arn:aws:iam::111122223333:root"; a string principal must be "*" — name principals in a map such as {"AWS": "arn:aws:iam::111122223333:root"}',
        ],
      ],
    ],
    [
      'R13 a principal that is a number',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Principal: 5 }] },
      'resource',
      [
        [
          'error',
          'invalid-type',
          'Statement[0].Principal',
          'Statement[0].Principal is number 5; expected "*" or an object with keys AWS, Service, Federated, CanonicalUser',
        ],
      ],
    ],
    [
      'R13 an empty principal object',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Principal: {} }] },
      'resource',
      [
        [
          'error',
          'principal-empty',
          'Statement[0].Principal',
          'Statement[0].Principal is an empty object; name at least one principal under AWS, Service, Federated, CanonicalUser, or use "*"',
        ],
      ],
    ],
    [
      'R13 a principal key in the wrong case',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Principal: { aws: '*' } }] },
      'resource',
      [
        [
          'error',
          'principal-key-unknown',
          'Statement[0].Principal.aws',
          'unknown principal type "aws" in Statement[0].Principal; did you mean "AWS"? (keys are case-sensitive)',
        ],
      ],
    ],
    [
      'R13 an unknown principal key',
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Principal: { Zzzzzz: '*' } }],
      },
      'resource',
      [
        [
          'error',
          'principal-key-unknown',
          'Statement[0].Principal.Zzzzzz',
          'unknown principal type "Zzzzzz" in Statement[0].Principal; valid keys are AWS, Service, Federated, CanonicalUser',
        ],
      ],
    ],
    [
      'R11 no Resource in an identity policy',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*' }] },
      'identity',
      [
        [
          'error',
          'resource-missing',
          'Statement[0]',
          'Statement[0] has neither Resource nor NotResource, which an identity-based policy requires; add "Resource": "*" or the ARNs it applies to',
        ],
      ],
    ],
    [
      'R11 no Resource in an SCP',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*' }] },
      'scp',
      [
        [
          'error',
          'resource-missing',
          'Statement[0]',
          'Statement[0] has neither Resource nor NotResource, which a service control policy (SCP) requires; add "Resource": "*" or the ARNs it applies to',
        ],
      ],
    ],
    [
      'R11 no Resource and no Principal, kind unknown',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*' }] },
      null,
      [
        [
          'error',
          'resource-missing',
          'Statement[0]',
          'Statement[0] has neither Resource nor NotResource, which a statement without Principal requires; add "Resource": "*" or the ARNs it applies to',
        ],
      ],
    ],
    [
      'R14 Principal in an identity policy',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: '*', Resource: '*', Principal: { AWS: 'arn:aws:iam::111122223333:root' } },
        ],
      },
      'identity',
      [
        [
          'error',
          'principal-not-allowed',
          'Statement[0].Principal',
          'Statement[0].Principal is not allowed in an identity-based policy, whose principal is the identity it applies to; remove it',
        ],
      ],
    ],
    [
      'R15 NotPrincipal in a permissions boundary',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: '*', Resource: '*', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } },
        ],
      },
      'boundary',
      [
        [
          'error',
          'principal-not-allowed',
          'Statement[0].NotPrincipal',
          'Statement[0].NotPrincipal is not allowed in a permissions boundary, whose principal is the identity it applies to; remove it',
        ],
      ],
    ],
    [
      'R14 no Principal in a resource policy',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
      'resource',
      [
        [
          'error',
          'principal-missing',
          'Statement[0]',
          'Statement[0] has no Principal, which a resource-based policy requires; add for example "Principal": {"AWS": "arn:aws:iam::111122223333:root"}',
        ],
      ],
    ],
    [
      'R14 no Principal in a trust policy',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
      'trust',
      [
        [
          'error',
          'principal-missing',
          'Statement[0]',
          'Statement[0] has no Principal, which a role trust policy requires; add for example "Principal": {"AWS": "arn:aws:iam::111122223333:root"}',
        ],
      ],
    ],
    [
      'R15 NotPrincipal in a trust policy',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: '*', Resource: '*', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } },
        ],
      },
      'trust',
      [
        [
          'error',
          'notprincipal-not-allowed',
          'Statement[0].NotPrincipal',
          'Statement[0].NotPrincipal is not allowed in a role trust policy; use Principal with a Condition on aws:PrincipalArn instead',
        ],
      ],
    ],
    [
      'R16 NotPrincipal in an RCP',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: '*', Resource: '*', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } },
        ],
      },
      'rcp',
      [
        [
          'error',
          'notprincipal-not-allowed',
          'Statement[0].NotPrincipal',
          'Statement[0].NotPrincipal is not allowed in a resource control policy (RCP); use Principal with a Condition on aws:PrincipalArn instead',
        ],
      ],
    ],
    [
      'R16 a named Principal in an RCP',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: '*', Resource: '*', Principal: { AWS: 'arn:aws:iam::111122223333:root' } },
        ],
      },
      'rcp',
      [
        [
          'error',
          'principal-not-wildcard',
          'Statement[0].Principal',
          'Statement[0].Principal must be "*" in a resource control policy (RCP); narrow the principals with a Condition such as aws:PrincipalOrgID instead',
        ],
      ],
    ],
    [
      'R16 NotAction in an RCP',
      { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', NotAction: 's3:*', Resource: '*' }] },
      'rcp',
      [
        [
          'error',
          'element-not-allowed',
          'Statement[0].NotAction',
          'Statement[0].NotAction is not supported in a resource control policy (RCP); list the denied actions under Action',
        ],
      ],
    ],
    [
      'R15 NotPrincipal with Allow is a warning',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: '*', Resource: '*', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } },
        ],
      },
      'resource',
      [
        [
          'warning',
          'notprincipal-allow',
          'Statement[0].NotPrincipal',
          'Statement[0] uses NotPrincipal with "Effect": "Allow", which grants access to every principal not listed, anonymous users included; use Principal, or NotPrincipal only with "Deny"',
        ],
      ],
    ],
  ];
  for (const [title, input, kind, expected] of rows) {
    it(title, () => {
      const result = parsePolicy(input, kind === null ? {} : { kind });
      expect(result.diagnostics.map((d) => [d.severity, d.code, d.path, d.message])).to.deep.equal(expected);
    });
  }
});

describe('R1 R4 parseJson messages', () => {
  function failure(text: string, options: Parameters<typeof parseJson>[1] = {}): readonly unknown[] {
    const result = parseJson(text, options);
    return result.ok ? ['ok'] : [result.error.code, result.error.path, result.error.message, result.position];
  }
  it('R1 single quotes get a hint', () => {
    expect(failure("'x'")[2]).to.equal(`expected a JSON value, found "'"; JSON strings use double quotes`);
    expect(failure("{'a': 1}")[2]).to.equal(
      `expected a property name in double quotes, found "'"; JSON uses double quotes`,
    );
    expect(failure('{1: 2}')[2]).to.equal("expected a property name in double quotes, found '1'");
    expect(failure('x')[2]).to.equal("expected a JSON value, found 'x'");
  });
  it('R1 numbers: every digit starts one, and a leading zero is refused', () => {
    expect(parseJson('9').ok).to.equal(true);
    expect(parseJson('0').ok).to.equal(true);
    for (const text of ['00', '01', '09']) {
      expect(failure(text)[2], text).to.equal(
        'invalid number: JSON numbers have no leading zeros; drop the leading 0 or quote the value as a string',
      );
    }
    expect(failure('-')[2]).to.equal("invalid number: found '-'; a JSON number looks like 10, -1.5 or 2e3");
  });
  it('R1 a deep path is shortened to its last 60 characters', () => {
    const key = 'abcd';
    const text = `${`{"${key}":`.repeat(20)}01${'}'.repeat(20)}`;
    const path = Array(20).fill(key).join('.');
    const [, at, message] = failure(text);
    expect(at).to.equal(path);
    expect(message).to.equal(
      `invalid number in …${path.slice(-60)}: JSON numbers have no leading zeros; drop the leading 0 or quote the value as a string`,
    );
  });
  it('R4 the size limit counts UTF-8 bytes, inclusive', () => {
    expect(parseJson('"abcd"', { maxBytes: 6 }).ok).to.equal(true);
    expect(failure('"abcd"', { maxBytes: 5 })).to.deep.equal([
      'json-too-large',
      '',
      "input is 6 bytes (6 bytes); iamspec reads policies up to 5 bytes (5 bytes), far above IAM's largest policy quota",
      { line: 1, column: 1 },
    ]);
    expect(failure('"\u00e9\u00e9"', { maxBytes: 4 })[2]).to.include('input is 6 bytes (6 bytes)');
    expect(failure('"\u00e9\u00e9"', { maxBytes: 5, source: 'p.json' })[2]).to.match(/^p\.json:1:1: input is 6 bytes/);
  });
});
