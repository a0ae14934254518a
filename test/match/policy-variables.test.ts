// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { type ContextValue, RequestContext } from '../../src/context/request-context.js';
import { compileTemplate } from '../../src/match/policy-variables.js';

type Ctx = Readonly<Record<string, ContextValue>>;
type Row = readonly [source: string, ctx: Ctx, expected: string | undefined];

const user: Ctx = { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'yellow' };

describe('compileTemplate', () => {
  describe('renderText', () => {
    const rows: readonly Row[] = [
      ['arn:aws:s3:::bucket/${aws:username}/*', user, 'arn:aws:s3:::bucket/alice/*'],
      // R29: key names are case-insensitive
      ['${AWS:UserName}', user, 'alice'],
      ['${aws:principaltag/TEAM}', user, 'yellow'],
      ['${aws:userid}', { 'aws:userid': 'AIDAEXAMPLE' }, 'AIDAEXAMPLE'],
      ['${aws:PrincipalAccount}', { 'aws:PrincipalAccount': '111122223333' }, '111122223333'],
      ['${aws:SourceIp}', { 'aws:SourceIp': '10.0.0.1' }, '10.0.0.1'],
      ['${aws:CurrentTime}', { 'aws:CurrentTime': '2023-01-01T00:00:00Z' }, '2023-01-01T00:00:00Z'],
      ['${aws:RequestTag/x}', { 'aws:RequestTag/x': 'rx' }, 'rx'],
      ['${aws:ResourceTag/x}', { 'aws:ResourceTag/x': 'sx' }, 'sx'],
      ['${s3:prefix}', { 's3:prefix': 'home/' }, 'home/'],
      ['${aws:username}${aws:username}', user, 'alicealice'],
      ['a${aws:username}b', { 'aws:username': '' }, 'ab'],
      // R31: no value and no default
      ['${aws:username}', {}, undefined],
      ['x/${aws:PrincipalTag/missing}/y', user, undefined],
      ['${}', user, undefined],
      // R30: defaults
      ["bucket-${aws:PrincipalTag/team, 'company-wide'}", user, 'bucket-yellow'],
      ["bucket-${aws:PrincipalTag/team, 'company-wide'}", {}, 'bucket-company-wide'],
      ["${aws:username,'guest'}", {}, 'guest'],
      ["${ aws:username ,  'guest' }", {}, 'guest'],
      ["${aws:username, ''}", {}, ''],
      ["${aws:username, 'a,b'}", {}, 'a,b'],
      // without quotes it is not a default: the whole text is a key no request carries
      ['${aws:username, guest}', user, undefined],
      // R32: multivalued keys cannot be variables, even with a default
      ['${aws:TagKeys}', { 'aws:TagKeys': ['a'] }, undefined],
      ["${aws:TagKeys, 'd'}", { 'aws:TagKeys': [] }, undefined],
      // R33: specials
      ['${*}', {}, '*'],
      ['${?}', {}, '?'],
      ['${$}', {}, '$'],
      ['a${$}{aws:username}', user, 'a${aws:username}'],
      // R36: an unclosed `${` is plain text; the variable ends at the first `}`
      ['${aws:username', user, '${aws:username'],
      ['x/${aws:username}/${oops', user, 'x/alice/${oops'],
      // the first `}` closes the variable, leaving `'a` which is no quoted default
      ["${aws:username, 'a}b'}", {}, undefined],
      ['$${aws:username}', user, '$alice'],
      ['$ {aws:username}', user, '$ {aws:username}'],
    ];
    for (const [source, ctx, expected] of rows) {
      it(`${source} with ${JSON.stringify(ctx)} → ${JSON.stringify(expected)}`, () => {
        expect(compileTemplate(source, true).renderText(RequestContext.from(ctx))).to.equal(expected);
      });
    }
  });

  describe('renderPieces', () => {
    it('R34: substituted values are literal pieces, policy text keeps its wildcards', () => {
      const pieces = compileTemplate('home/${aws:username}/*', true).renderPieces(
        RequestContext.from({ 'aws:username': 'a*?' }),
      );
      expect(pieces).to.deep.equal([
        { text: 'home/', wildcards: true },
        { text: 'a*?', wildcards: false },
        { text: '/*', wildcards: true },
      ]);
    });

    it('R34: a default is literal too', () => {
      const pieces = compileTemplate("${aws:username, 'g*'}", true).renderPieces(RequestContext.empty());
      expect(pieces).to.deep.equal([{ text: 'g*', wildcards: false }]);
    });

    it('R31: undefined when unresolvable', () => {
      expect(compileTemplate('x${aws:username}', true).renderPieces(RequestContext.empty())).to.equal(undefined);
    });

    it('R33: specials are literal pieces and need no context', () => {
      const template = compileTemplate('a${*}b${?}c${$}', true);
      expect(template.keys).to.deep.equal([]);
      expect(template.staticPieces).to.deep.equal([
        { text: 'a', wildcards: true },
        { text: '*', wildcards: false },
        { text: 'b', wildcards: true },
        { text: '?', wildcards: false },
        { text: 'c', wildcards: true },
        { text: '$', wildcards: false },
      ]);
    });
  });

  describe('keys and staticPieces', () => {
    it('lists lowercased keys once, in order', () => {
      const template = compileTemplate('${AWS:UserName}/${aws:PrincipalTag/Team}/${aws:username}', true);
      expect(template.keys).to.deep.equal(['aws:username', 'aws:principaltag/team']);
      expect(template.staticPieces).to.equal(undefined);
    });

    it('plain text is one static wildcard piece', () => {
      const template = compileTemplate('arn:aws:s3:::b/*', true);
      expect(template.keys).to.deep.equal([]);
      expect(template.staticPieces).to.deep.equal([{ text: 'arn:aws:s3:::b/*', wildcards: true }]);
      expect(template.source).to.equal('arn:aws:s3:::b/*');
    });

    it('the empty string has no pieces', () => {
      expect(compileTemplate('', true).staticPieces).to.deep.equal([]);
      expect(compileTemplate('', true).renderText(RequestContext.empty())).to.equal('');
    });
  });

  describe('R3: without variable support everything is literal policy text', () => {
    const rows: readonly string[] = ['${aws:username}', '${*}', "${aws:username, 'guest'}", 'a/*'];
    for (const source of rows) {
      it(source, () => {
        const template = compileTemplate(source, false);
        expect(template.keys).to.deep.equal([]);
        expect(template.staticPieces).to.deep.equal([{ text: source, wildcards: true }]);
        expect(template.renderText(RequestContext.from(user))).to.equal(source);
      });
    }
  });
});
