// Small account models for the property-check tests (src/properties).
import { AwsModel } from '../../src/model/aws-model.js';

export const MANAGEMENT = '999999999999';
export const PROD = '111111111111';
export const DEV = '222222222222';
export const PARTNER = '333333333333';

/** An organization (management, prod, dev) and an outside partner account, without principals. */
export function organization(): AwsModel {
  const model = new AwsModel();
  model.addAccount('management', MANAGEMENT);
  model.addAccount('prod', PROD);
  model.addAccount('dev', DEV);
  model.addAccount('partner', PARTNER, { outsideOrganization: true });
  model.setManagementAccount('management');
  model.placeAccount('prod', 'Root/Workloads/Prod');
  model.placeAccount('dev', 'Root/Workloads/Dev');
  return model;
}

/** A policy document with these statements. */
export function policy(...statements: object[]): object {
  return { Version: '2012-10-17', Statement: statements };
}

/** The organization with an intern in prod whose policy is given. */
export function internWith(...statements: object[]): AwsModel {
  const model = organization();
  model.addUser('intern', 'prod');
  model.putInlinePolicy('user', 'intern', 'InternPolicy', policy(...statements));
  return model;
}

export const READ_S3 = { Sid: 'Read', Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' };

export const BREAK_GLASS = {
  Sid: 'BreakGlass',
  Effect: 'Allow',
  Action: 'iam:*',
  Resource: '*',
  Condition: { StringEquals: { 'aws:RequestTag/break-glass': 'yes' } },
};
