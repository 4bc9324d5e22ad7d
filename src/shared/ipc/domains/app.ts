import { z } from 'zod';
import { operation } from '../operation';
import {
  AppStatus,
  DataLocation,
  SampleDataInput,
  SampleDataResult,
  Settings,
  UpdateSettingsInput,
} from '../../settings/schema';

const NoInput = z.undefined();

export const app = {
  status: operation('app:status', NoInput, AppStatus),
  dataLocation: operation('app:dataLocation', NoInput, DataLocation),
  revealDataFile: operation('app:revealDataFile', NoInput, z.null()),
  loadSampleData: operation('app:loadSampleData', SampleDataInput, SampleDataResult),
};

export const settings = {
  get: operation('settings:get', NoInput, Settings),
  update: operation('settings:update', UpdateSettingsInput, Settings),
};
