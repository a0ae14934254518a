import { describe, it } from 'node:test';
import { expect } from 'chai';
import { isJsonObject, type JsonValue } from '../../src/policy/json-value.js';
import { MAX_JSON_BYTES, MAX_JSON_DEPTH, parseJson } from '../../src/policy/parse-json.js';

function value(text: string): JsonValue {
  const result = parseJson(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.document.value;
}

function failure(text: string, source = 'policy.json') {
  const result = parseJson(text, { source });
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to fail`);
  return result;
}

describe('parseJson', () => {
  describe('reads RFC 8259 values', () => {
    const cases: [string, JsonValue][] = [
      ['true', true],
      ['false', false],
      ['null', null],
      ['0', 0],
      ['-12.5e2', -1250],
      ['"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', 'a"b\\c/d\b\f\n\r\t'],
      ['"\\u00e9\\uD83D\\uDE00"', 'é😀'],
      ['"é😀"', 'é😀'],
      ['[1, [2, []], {}]', [1, [2, []], {}]],
      [' \t\r\n "x" \n', 'x'],
      ['\uFEFF{"a": 1}', { a: 1 }],
    ];
    for (const [text, expected] of cases) {
      it(JSON.stringify(text), () => {
        expect(value(text)).to.deep.equal(expected);
      });
    }
  });

  describe('reports syntax errors with 1-based line and column', () => {
    const cases: [string, string, number, number, string][] = [
      [
        'missing comma',
        '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow" "Action": "s3:*"}]}',
        4,
        23,
        `policy.json:4:23: expected ',' or '}' after a property in Statement[0], found '"'`,
      ],
      [
        'trailing comma in object',
        '{"a": 1,}',
        1,
        9,
        "policy.json:1:9: expected a property name in double quotes, found '}'; JSON does not allow a comma before '}'",
      ],
      [
        'trailing comma in array',
        '[1,\n2,\n]',
        3,
        1,
        "policy.json:3:1: expected an array element, found ']'; JSON does not allow a comma before ']'",
      ],
      [
        'single quotes',
        "{'a': 1}",
        1,
        2,
        `policy.json:1:2: expected a property name in double quotes, found "'"; JSON uses double quotes`,
      ],
      [
        'empty input',
        '',
        1,
        1,
        'policy.json:1:1: the input is empty; expected a JSON object such as {"Version": "2012-10-17", "Statement": […]}',
      ],
      ['bare word', '{"a": True}', 1, 7, "policy.json:1:7: expected a JSON value in a, found 'True'"],
      [
        'raw newline in string',
        '{"a": "x\ny"}',
        1,
        9,
        "policy.json:1:9: control character '\\n' inside a string in a; write it as an escape such as \\n or \\u0009",
      ],
      [
        'bad escape',
        '{"a": "\\q"}',
        1,
        8,
        "policy.json:1:8: invalid escape '\\q' in a string in a; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
      ],
      [
        'short unicode escape',
        '"\\u12"',
        1,
        2,
        "policy.json:1:2: invalid escape '\\u12\"' in a string; \\u takes exactly four hex digits",
      ],
      [
        'unterminated string',
        '{"a": "abc',
        1,
        11,
        "policy.json:1:11: unterminated string in a: no closing '\"' for the string that starts at line 1, column 7",
      ],
      [
        'text after the document',
        '{} {}',
        1,
        4,
        "policy.json:1:4: unexpected '{' after the end of the JSON document; a policy file holds exactly one JSON value",
      ],
      [
        'leading zero',
        '[01]',
        1,
        2,
        'policy.json:1:2: invalid number in [0]: JSON numbers have no leading zeros; drop the leading 0 or quote the value as a string',
      ],
      ['number too large', '[1e400]', 1, 2, 'policy.json:1:2: number 1e400 in [0] is too large to represent'],
      [
        'lone minus',
        '[-]',
        1,
        2,
        "policy.json:1:2: invalid number in [0]: found '-'; a JSON number looks like 10, -1.5 or 2e3",
      ],
      [
        'CRLF line endings',
        '{\r\n"a": 1\r\n"b": 2}',
        3,
        1,
        `policy.json:3:1: expected ',' or '}' after a property, found '"'`,
      ],
    ];
    for (const [name, text, line, column, message] of cases) {
      it(name, () => {
        const result = failure(text);
        expect(result.position).to.deep.equal({ line, column });
        expect(result.error.message).to.equal(message);
        expect(result.error.code).to.equal('json-syntax');
        expect(result.error.severity).to.equal('error');
        expect(result.error.message).to.not.include('\n');
      });
    }
  });

  it('without a source, the message is the bare text and the position is structured', () => {
    const result = parseJson('{"a" 1}');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.error.message).to.equal(`expected ':' after property name "a", found '1'`);
    expect(result.position).to.deep.equal({ line: 1, column: 6 });
  });

  describe('duplicate keys (R5)', () => {
    const text = '{\n  "Effect": "Deny",\n  "Effect": "Allow"\n}';
    it('refuses the text at the repeated key by default, naming both places', () => {
      const result = parseJson(text, { source: 'p.json' });
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.error.code).to.equal('json-duplicate-key');
      expect(result.error.severity).to.equal('error');
      expect(result.error.path).to.equal('Effect');
      expect(result.error.message).to.match(/^p\.json:3:3: Effect is given twice: first at 2:3, again at 3:3; /);
      expect(result.position).to.deep.equal({ line: 3, column: 3 });
    });
    it('with duplicateKeys "report", keeps the first value and lists the duplicate as an error at the repeated key', () => {
      const result = parseJson(text, { source: 'p.json', duplicateKeys: 'report' });
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.document.value).to.deep.equal({ Effect: 'Deny' });
      const [duplicate] = result.document.duplicates;
      expect(duplicate?.severity).to.equal('error');
      expect(duplicate === undefined ? undefined : result.document.positionOf(duplicate)).to.deep.equal({
        line: 3,
        column: 3,
      });
      expect(result.document.locate('Effect')).to.deep.equal({ line: 2, column: 3 });
    });
  });

  describe('prototype keys are data', () => {
    const text = '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, "prototype": 3}';
    it('does not pollute Object.prototype', () => {
      value(text);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.prototype).to.not.have.own.property('polluted');
    });
    it('stores __proto__, constructor and prototype as own properties of a null-prototype object', () => {
      const parsed = value(text);
      expect(isJsonObject(parsed)).to.equal(true);
      if (!isJsonObject(parsed)) return;
      expect(Object.getPrototypeOf(parsed)).to.equal(null);
      expect(Object.keys(parsed)).to.deep.equal(['__proto__', 'constructor', 'prototype']);
      expect(Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value).to.deep.equal({ polluted: 1 });
      expect(parsed.prototype).to.equal(3);
    });
  });

  describe('limits (R4)', () => {
    it(`accepts nesting of exactly ${MAX_JSON_DEPTH} levels`, () => {
      const text = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
      expect(parseJson(text).ok).to.equal(true);
    });
    it(`rejects nesting of ${MAX_JSON_DEPTH + 1} levels with json-too-deep at the opening bracket`, () => {
      const text = `{"a": ${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`;
      const result = failure(text);
      expect(result.error.code).to.equal('json-too-deep');
      expect(result.position).to.deep.equal({ line: 1, column: 6 + MAX_JSON_DEPTH });
      expect(result.error.message).to.include('nesting deeper than 64 levels');
    });
    it('stops a million nested brackets without overflowing the stack', () => {
      const result = failure('['.repeat(1_000_000));
      expect(result.error.code).to.equal('json-too-deep');
    });
    it('rejects input over 1 MiB with json-too-large before parsing', () => {
      const big = `{"Id": "${'x'.repeat(MAX_JSON_BYTES)}"}`;
      const result = failure(big);
      expect(result.error.code).to.equal('json-too-large');
      expect(result.error.message).to.match(
        /^policy\.json:1:1: input is 1\.0 MiB \(1048586 bytes\); iamspec reads policies up to 1 MiB/,
      );
    });
    it('counts UTF-8 bytes, not characters', () => {
      const text = `"${'é'.repeat(600_000)}"`;
      expect(text.length).to.be.lessThan(MAX_JSON_BYTES);
      expect(failure(text).error.code).to.equal('json-too-large');
    });
    it('accepts a large policy just under the limit', () => {
      const statements = Array.from(
        { length: 5000 },
        (_, i) => `{"Sid": "S${i}", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}`,
      );
      const text = `{"Version": "2012-10-17", "Statement": [${statements.join(',')}]}`;
      expect(text.length).to.be.lessThan(MAX_JSON_BYTES);
      const result = parseJson(text);
      expect(result.ok && result.document.locate('Statement[4999].Effect')?.line).to.equal(1);
    });
    it('honours smaller limits passed as options', () => {
      const deep = parseJson('[[1]]', { maxDepth: 1 });
      expect(deep.ok ? 'ok' : deep.error.code).to.equal('json-too-deep');
      const large = parseJson('[1, 2]', { maxBytes: 3 });
      expect(large.ok ? 'ok' : large.error.code).to.equal('json-too-large');
    });
  });

  describe('locate()', () => {
    const text = [
      '{',
      '  "Statement": [',
      '    {"Effect": "Allow",',
      '     "Condition": {"StringEquals": {"aws:RequestTag/app.name": ["a", "b"]}}}',
      '  ]',
      '}',
    ].join('\n');
    const result = parseJson(text);
    const locate = (path: string) => (result.ok ? result.document.locate(path) : undefined);
    const cases: [string, { line: number; column: number }][] = [
      ['', { line: 1, column: 1 }],
      ['Statement', { line: 2, column: 3 }],
      ['Statement[0]', { line: 3, column: 5 }],
      ['Statement[0].Effect', { line: 3, column: 6 }],
      ['Statement[0].Condition.StringEquals', { line: 4, column: 20 }],
      ['Statement[0].Condition.StringEquals["aws:RequestTag/app.name"]', { line: 4, column: 37 }],
      ['Statement[0].Condition.StringEquals["aws:RequestTag/app.name"][1]', { line: 4, column: 70 }],
      // Paths that are not in the text fall back to their nearest ancestor.
      ['Statement[0].Action', { line: 3, column: 5 }],
      ['Nope.deeper[3]', { line: 1, column: 1 }],
    ];
    for (const [path, position] of cases) {
      it(path === '' ? '(root)' : path, () => {
        expect(locate(path)).to.deep.equal(position);
      });
    }
  });
});
